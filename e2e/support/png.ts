import { inflateSync } from 'node:zlib';

/**
 * A minimal PNG reader for screenshots (8-bit RGB or RGBA, not interlaced), enough to find a coloured
 * control in a picture of the page. Used where the control sits in a closed shadow root that the driver
 * cannot query (the hover card in Firefox). Format: https://www.w3.org/TR/png-3/
 */
export interface RgbaImage {
  width: number;
  height: number;
  /** 4 bytes per pixel, row by row. */
  data: Uint8Array;
}

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

export function decodePng(png: Uint8Array): RgbaImage {
  const buffer = Buffer.from(png);
  if (!buffer.subarray(0, 8).equals(SIGNATURE)) throw new Error('Not a PNG');
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  for (let offset = 8; offset < buffer.length; ) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('latin1', offset + 4, offset + 8);
    const body = buffer.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [bitDepth, colourType, , , interlace] = body.subarray(8, 13);
      if (bitDepth !== 8 || interlace !== 0 || (colourType !== 2 && colourType !== 6)) {
        throw new Error(
          `Unsupported PNG (depth ${bitDepth}, colour type ${colourType}, interlace ${interlace})`,
        );
      }
      channels = colourType === 6 ? 4 : 3;
    } else if (type === 'IDAT') {
      idat.push(body);
    } else if (type === 'IEND') {
      break;
    }
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const rows = new Uint8Array(height * stride);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)] ?? 0;
    const source = y * (stride + 1) + 1;
    const target = y * stride;
    for (let x = 0; x < stride; x += 1) {
      const value = raw[source + x] ?? 0;
      const left = x >= channels ? (rows[target + x - channels] ?? 0) : 0;
      const up = y > 0 ? (rows[target - stride + x] ?? 0) : 0;
      const upLeft = y > 0 && x >= channels ? (rows[target - stride + x - channels] ?? 0) : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter] ?? 0;
      rows[target + x] = (value + predictor) & 0xff;
    }
  }
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i += 1) {
    data[i * 4] = rows[i * channels] ?? 0;
    data[i * 4 + 1] = rows[i * channels + 1] ?? 0;
    data[i * 4 + 2] = rows[i * channels + 2] ?? 0;
    data[i * 4 + 3] = channels === 4 ? (rows[i * channels + 3] ?? 255) : 255;
  }
  return { width, height, data };
}

/**
 * The bounding box of all pixels within `tolerance` of `rgb`, or null when there are fewer than
 * `minPixels` of them.
 */
export function findColour(
  image: RgbaImage,
  rgb: readonly [number, number, number],
  options: { tolerance?: number; minPixels?: number } = {},
): { left: number; top: number; right: number; bottom: number; pixels: number } | null {
  const tolerance = options.tolerance ?? 4;
  let left = Infinity;
  let top = Infinity;
  let right = -1;
  let bottom = -1;
  let pixels = 0;
  for (let y = 0; y < image.height; y += 1) {
    for (let x = 0; x < image.width; x += 1) {
      const i = (y * image.width + x) * 4;
      const close =
        Math.abs((image.data[i] ?? 0) - rgb[0]) <= tolerance &&
        Math.abs((image.data[i + 1] ?? 0) - rgb[1]) <= tolerance &&
        Math.abs((image.data[i + 2] ?? 0) - rgb[2]) <= tolerance;
      if (!close) continue;
      pixels += 1;
      left = Math.min(left, x);
      top = Math.min(top, y);
      right = Math.max(right, x);
      bottom = Math.max(bottom, y);
    }
  }
  return pixels >= (options.minPixels ?? 50) ? { left, top, right, bottom, pixels } : null;
}
