import { inflateSync } from 'node:zlib';

export interface Png {
  width: number;
  height: number;
  colorType: number;
  bitDepth: number;
  /** 8-bit RGBA pixels, row by row (only for 8-bit RGBA files). */
  rgba: Uint8Array;
}

const SIGNATURE = '89504e470d0a1a0a';

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Undoes the five PNG row filters (PNG spec, section 9). */
function unfilter(data: Buffer, width: number, height: number, bytesPerPixel: number): Uint8Array {
  const stride = width * bytesPerPixel;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = data[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const raw = data[y * (stride + 1) + 1 + x]!;
      const left = x >= bytesPerPixel ? out[y * stride + x - bytesPerPixel]! : 0;
      const up = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const upLeft = y > 0 && x >= bytesPerPixel ? out[(y - 1) * stride + x - bytesPerPixel]! : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
      if (predictor === undefined) throw new Error(`unknown PNG filter ${filter} on row ${y}`);
      out[y * stride + x] = (raw + predictor) & 0xff;
    }
  }
  return out;
}

/** Reads a PNG's header, and its pixels when it is 8-bit RGBA, non-interlaced. */
export function readPng(file: Buffer): Png {
  if (file.subarray(0, 8).toString('hex') !== SIGNATURE) throw new Error('not a PNG file');
  let offset = 8;
  let header: Buffer | undefined;
  const idat: Buffer[] = [];
  while (offset < file.length) {
    const length = file.readUInt32BE(offset);
    const type = file.subarray(offset + 4, offset + 8).toString('ascii');
    const data = file.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') header = data;
    if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  if (!header) throw new Error('PNG without IHDR');
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const [bitDepth, colorType, , , interlace] = header.subarray(8, 13);
  const isRgba8 = bitDepth === 8 && colorType === 6 && interlace === 0;
  const rgba = isRgba8 ? unfilter(inflateSync(Buffer.concat(idat)), width, height, 4) : new Uint8Array();
  return { width, height, colorType: colorType!, bitDepth: bitDepth!, rgba };
}
