import type { TurnContext } from 'botbuilder';
import { isValidTimeZone, todayIn, type CalendarDate } from '../knowledge/dates/calendarDate';
import type { Region } from '../knowledge/schema';
import type { MemberCareServices } from './services';

/** When neither the member's device nor their region says: California, the largest region. */
export const DEFAULT_TIME_ZONE = 'America/Los_Angeles';

/** The member's time zone: their device's (Web Chat sends it), else their region's, else the default. */
export function memberTimeZone(context: TurnContext, region: Region | undefined): string {
  const device = context.activity.localTimezone;
  if (device && isValidTimeZone(device)) return device;
  return region?.timeZone ?? DEFAULT_TIME_ZONE;
}

export async function memberRegion(services: MemberCareServices, context: TurnContext): Promise<Region | undefined> {
  const profile = await services.state.profile.get(context, {});
  return profile.region ? services.kb.regions.get(profile.region) : undefined;
}

/** Today's date where the member is. */
export async function memberToday(services: MemberCareServices, context: TurnContext): Promise<CalendarDate> {
  return todayIn(services.now(), memberTimeZone(context, await memberRegion(services, context)));
}
