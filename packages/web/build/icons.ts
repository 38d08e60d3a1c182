/**
 * The app icons, drawn here from a few shapes and written at build time as SVG and PNG (no image tool, no
 * download): the signpost of `public/favicon.svg` ("putokaz" is Serbian for signpost) and a neutral icon for
 * installations that should not say what the app is. PNG is encoded with node:zlib; shapes are filled with
 * 4×4 supersampling, enough for smooth edges at launcher sizes.
 */
import { deflateSync } from 'node:zlib';

type Rgb = readonly [number, number, number];

/** A shape on a 32×32 canvas (the favicon's grid), scaled to the icon size. */
export type Shape =
  | { readonly kind: 'rect'; x: number; y: number; w: number; h: number; r: number; fill: string }
  | { readonly kind: 'polygon'; points: readonly (readonly [number, number])[]; fill: string };

export interface IconDesign {
  /** Background colour; `maskable` icons fill the whole square with it. */
  readonly background: string;
  /** Corner radius of the background on the 32 grid (ignored for maskable icons). */
  readonly radius: number;
  readonly shapes: readonly Shape[];
}

/** The signpost of the favicon: a post, one sign pointing each way. */
export const SIGNPOST: IconDesign = {
  background: '#0b4a82',
  radius: 6,
  shapes: [
    { kind: 'rect', x: 14.5, y: 6, w: 3, h: 22, r: 1, fill: '#ffffff' },
    {
      kind: 'polygon',
      points: [
        [7, 8],
        [21, 8],
        [25, 11.5],
        [21, 15],
        [7, 15],
      ],
      fill: '#ffbf47',
    },
    {
      kind: 'polygon',
      points: [
        [25, 16],
        [11, 16],
        [7, 19.5],
        [11, 23],
        [25, 23],
      ],
      fill: '#ffffff',
    },
  ],
};

/** A plain notes icon: grey page, a few lines. Says nothing about what the app is. */
export const NEUTRAL: IconDesign = {
  background: '#5f6b7a',
  radius: 6,
  shapes: [
    { kind: 'rect', x: 8, y: 6, w: 16, h: 20, r: 1.5, fill: '#f4f5f7' },
    { kind: 'rect', x: 11, y: 10, w: 10, h: 1.6, r: 0.8, fill: '#5f6b7a' },
    { kind: 'rect', x: 11, y: 14, w: 10, h: 1.6, r: 0.8, fill: '#5f6b7a' },
    { kind: 'rect', x: 11, y: 18, w: 7, h: 1.6, r: 0.8, fill: '#5f6b7a' },
  ],
};

function rgb(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** Maskable icons keep their content inside the central 80 % circle: shrink the shapes around the centre. */
function place(design: IconDesign, maskable: boolean): { scale: number; offset: number } {
  return maskable ? { scale: 0.75, offset: 4 } : { scale: 1, offset: 0 };
}

export function iconSvg(design: IconDesign, maskable = false): string {
  const { scale, offset } = place(design, maskable);
  const at = (value: number) => +(value * scale + offset).toFixed(3);
  const size = (value: number) => +(value * scale).toFixed(3);
  const shapes = design.shapes.map((shape) =>
    shape.kind === 'rect'
      ? `<rect x="${at(shape.x)}" y="${at(shape.y)}" width="${size(shape.w)}" height="${size(shape.h)}" rx="${size(shape.r)}" fill="${shape.fill}"/>`
      : `<path d="M${shape.points.map(([x, y]) => `${at(x)} ${at(y)}`).join('L')}Z" fill="${shape.fill}"/>`,
  );
  const radius = maskable ? 0 : design.radius;
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">',
    `<rect width="32" height="32" rx="${radius}" fill="${design.background}"/>`,
    ...shapes,
    '</svg>',
    '',
  ].join('\n');
}

function insideRoundedRect(
  px: number,
  py: number,
  x: number,
  y: number,
  w: number,
  h: number,
  r: number,
): boolean {
  if (px < x || py < y || px > x + w || py > y + h) return false;
  const cx = Math.min(Math.max(px, x + r), x + w - r);
  const cy = Math.min(Math.max(py, y + r), y + h - r);
  return (px - cx) ** 2 + (py - cy) ** 2 <= r * r;
}

function insidePolygon(px: number, py: number, points: readonly (readonly [number, number])[]): boolean {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i]!;
    const [xj, yj] = points[j]!;
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** RGBA pixels of the icon at `size`×`size`. */
export function rasterize(design: IconDesign, size: number, maskable = false): Uint8Array {
  const { scale, offset } = place(design, maskable);
  const samples = 4;
  const pixels = new Uint8Array(size * size * 4);
  const background = rgb(design.background);
  const shapes = design.shapes.map((shape) => ({ shape, colour: rgb(shape.fill) }));
  const radius = maskable ? 0 : design.radius;
  for (let row = 0; row < size; row += 1) {
    for (let column = 0; column < size; column += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          // The sample point on the 32 grid.
          const x = ((column + (sx + 0.5) / samples) / size) * 32;
          const y = ((row + (sy + 0.5) / samples) / size) * 32;
          if (!insideRoundedRect(x, y, 0, 0, 32, 32, radius)) continue;
          let colour = background;
          const gx = (x - offset) / scale;
          const gy = (y - offset) / scale;
          for (const { shape, colour: fill } of shapes) {
            const hit =
              shape.kind === 'rect'
                ? insideRoundedRect(gx, gy, shape.x, shape.y, shape.w, shape.h, shape.r)
                : insidePolygon(gx, gy, shape.points);
            if (hit) colour = fill;
          }
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered += 1;
        }
      }
      const at = (row * size + column) * 4;
      if (covered > 0) {
        pixels[at] = Math.round(r / covered);
        pixels[at + 1] = Math.round(g / covered);
        pixels[at + 2] = Math.round(b / covered);
        pixels[at + 3] = Math.round((covered / (samples * samples)) * 255);
      }
    }
  }
  return pixels;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** A PNG file (8-bit RGBA, no interlace) of `size`×`size` pixels. */
export function encodePng(pixels: Uint8Array, size: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let row = 0; row < size; row += 1) {
    raw[row * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(pixels.buffer, pixels.byteOffset + row * size * 4, size * 4).copy(
      raw,
      row * (size * 4 + 1) + 1,
    );
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

export interface IconFile {
  /** Path under the build output, e.g. `icons/app-192.png`. */
  readonly file: string;
  readonly content: string | Buffer;
  readonly type: 'image/png' | 'image/svg+xml';
  readonly sizes: string;
  readonly purpose: 'any' | 'maskable';
}

/** Every icon file of one design: SVG (any size), PNG 192 and 512, and maskable PNG 192 and 512. */
export function iconFiles(design: IconDesign, name: string): IconFile[] {
  const files: IconFile[] = [
    {
      file: `icons/${name}.svg`,
      content: iconSvg(design),
      type: 'image/svg+xml',
      sizes: 'any',
      purpose: 'any',
    },
  ];
  for (const size of [192, 512]) {
    files.push({
      file: `icons/${name}-${size}.png`,
      content: encodePng(rasterize(design, size), size),
      type: 'image/png',
      sizes: `${size}x${size}`,
      purpose: 'any',
    });
    files.push({
      file: `icons/${name}-maskable-${size}.png`,
      content: encodePng(rasterize(design, size, true), size),
      type: 'image/png',
      sizes: `${size}x${size}`,
      purpose: 'maskable',
    });
  }
  return files;
}
