import { MessageFactory } from 'botbuilder';
import { ComponentDialog, WaterfallDialog, type WaterfallStepContext } from './botbuilderDialogs';
import { callSheetCard } from '../bot/channels/callSheetCard';
import { callSheetText, composeCallSheet, type CallIssue } from '../knowledge/callSheet/composeCallSheet';
import { withFeedback } from './feedback';
import { REGION_DIALOG, RegionDialog, type RegionDialogResult } from './regionDialog';
import { sendAnswer } from './sendAnswer';
import type { MemberCareServices } from './services';

export const CALL_SHEET_DIALOG = 'callSheetDialog';
const STEPS = 'callSheetSteps';

export interface CallSheetOptions {
  issue: CallIssue;
}

/**
 * "Help me get ready to call": a checklist for the member's issue, the number to call and a log
 * template, as a card and as plain text to copy. The member's region is the only thing kept
 * (as for every answer); nothing they type goes into the sheet.
 */
export class CallSheetDialog extends ComponentDialog {
  constructor(private readonly services: MemberCareServices) {
    super(CALL_SHEET_DIALOG);
    this.addDialog(new RegionDialog(services));
    this.addDialog(new WaterfallDialog(STEPS, [(step) => this.ensureRegion(step), (step) => this.send(step)]));
    this.initialDialogId = STEPS;
  }

  private async ensureRegion(step: WaterfallStepContext) {
    const profile = await this.services.state.profile.get(step.context, {});
    if (profile.region) return step.next({ region: profile.region } satisfies RegionDialogResult);
    return step.beginDialog(REGION_DIALOG, {});
  }

  private async send(step: WaterfallStepContext) {
    const { issue } = step.options as CallSheetOptions;
    const { region: regionId } = (step.result ?? {}) as RegionDialogResult;
    const sheet = composeCallSheet(issue, regionId ? this.services.kb.regions.get(regionId) : undefined);
    await step.context.sendActivity(MessageFactory.attachment(callSheetCard(sheet), `Here's your ${sheet.title.toLowerCase()}.`));
    const text = `The same sheet as plain text, to copy into your notes. I don't keep anything you write on it.\n\n\`\`\`\n${callSheetText(sheet)}\n\`\`\``;
    await sendAnswer(step.context, await withFeedback(this.services, step.context, 'call-prep', { text, choices: [] }));
    return step.endDialog();
  }
}
