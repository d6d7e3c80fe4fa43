import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodePng } from './png';
import { TEAMS_DIR } from './teamsPackage';

type Rgba = readonly [number, number, number, number];
type Shape = (x: number, y: number) => boolean;

const ACCENT: Rgba = [0x0b, 0x5c, 0xa8, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];
/** Samples per pixel side: 4 × 4 samples smooth the edges. */
const SAMPLES = 4;

function roundedRect(left: number, top: number, right: number, bottom: number, radius: number): Shape {
  return (x, y) => {
    if (x < left || x > right || y < top || y > bottom) return false;
    const dx = Math.max(left + radius - x, 0, x - (right - radius));
    const dy = Math.max(top + radius - y, 0, y - (bottom - radius));
    return dx * dx + dy * dy <= radius * radius;
  };
}

/** The speech bubble's tail: a right triangle hanging under its lower-left part. */
function tail(left: number, top: number, size: number): Shape {
  return (x, y) => x >= left && y >= top && x - left <= size - (y - top);
}

function plus(cx: number, cy: number, arm: number, half: number): Shape {
  return (x, y) => (Math.abs(x - cx) <= half && Math.abs(y - cy) <= arm) || (Math.abs(y - cy) <= half && Math.abs(x - cx) <= arm);
}

const union = (...shapes: Shape[]): Shape => (x, y) => shapes.some((shape) => shape(x, y));
const minus = (shape: Shape, hole: Shape): Shape => (x, y) => shape(x, y) && !hole(x, y);

/** Rasterises layers (last on top) with supersampling; colour is averaged by alpha so edges keep their colour. */
function render(size: number, background: Rgba, layers: readonly { shape: Shape; color: Rgba }[]): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = px + (sx + 0.5) / SAMPLES;
          const y = py + (sy + 0.5) / SAMPLES;
          const color = [...layers].reverse().find((layer) => layer.shape(x, y))?.color ?? background;
          for (let c = 0; c < 3; c++) sum[c]! += color[c]! * color[3];
          sum[3]! += color[3];
        }
      }
      const alpha = sum[3]!;
      const offset = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) pixels[offset + c] = alpha === 0 ? 0 : Math.round(sum[c]! / alpha);
      pixels[offset + 3] = Math.round(alpha / (SAMPLES * SAMPLES));
    }
  }
  return pixels;
}

/** 192 × 192 full-colour icon: a white speech bubble with a blue cross on the accent colour. */
export function colorIcon(): Buffer {
  const bubble = union(roundedRect(36, 40, 156, 134, 24), tail(60, 130, 34));
  return encodePng(192, 192, render(192, ACCENT, [{ shape: bubble, color: WHITE }, { shape: plus(96, 87, 28, 9), color: ACCENT }]));
}

/** 32 × 32 outline icon: white strokes on a transparent background, as Teams requires. */
export function outlineIcon(): Buffer {
  const outer = union(roundedRect(3, 4, 29, 23, 5), tail(8, 22, 6));
  const inner = roundedRect(5.5, 6.5, 26.5, 20.5, 3);
  return encodePng(32, 32, render(32, CLEAR, [{ shape: union(minus(outer, inner), plus(16, 13.5, 4.5, 1.25)), color: WHITE }]));
}

if (require.main === module) {
  writeFileSync(join(TEAMS_DIR, 'color.png'), colorIcon());
  writeFileSync(join(TEAMS_DIR, 'outline.png'), outlineIcon());
  console.log(`Wrote color.png and outline.png to ${TEAMS_DIR}`);
}
