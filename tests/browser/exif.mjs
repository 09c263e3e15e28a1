// JPEG files as a camera writes them, for the photo tests: an EXIF block
// (APP1) with an Orientation and GPS position, and readers for what a kept
// photo holds (its size, its segments).

// Run in the page: a JPEG 320x160 as a camera's sensor saw it (red left
// half, blue right half), base64, made by the browser's canvas (no EXIF).
export function sensorJpegBase64() {
  const c = document.createElement('canvas');
  c.width = 320; c.height = 160;
  const g = c.getContext('2d');
  g.fillStyle = '#ff0000'; g.fillRect(0, 0, 160, 160);
  g.fillStyle = '#0000ff'; g.fillRect(160, 0, 160, 160);
  return c.toDataURL('image/jpeg', 0.92).split(',')[1];
}

// `jpeg` (a JPEG without EXIF, e.g. from a canvas) with an EXIF block put
// right after its start marker: IFD0 with Orientation `orientation` and a
// pointer to a GPS IFD that holds latitude 40° 26' 46" N and longitude
// 79° 58' 56" W, as a phone writes them.
export function withExif(jpeg, orientation) {
  const tiff = [];
  const u16 = (v) => tiff.push(v & 0xff, (v >> 8) & 0xff);
  const u32 = (v) => tiff.push(v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >>> 24) & 0xff);
  const entry = (tag, type, count, value) => { u16(tag); u16(type); u32(count); u32(value); };
  // Header (little-endian), IFD0 at offset 8.
  tiff.push(0x49, 0x49); u16(42); u32(8);
  const ifd0 = 8, ifd0Size = 2 + 2 * 12 + 4;
  const gps = ifd0 + ifd0Size, gpsSize = 2 + 4 * 12 + 4;
  const lat = gps + gpsSize, lon = lat + 24;
  u16(2);
  entry(0x0112, 3, 1, orientation);   // Orientation, SHORT (in the low bytes of the value)
  entry(0x8825, 4, 1, gps);           // GPSInfo IFD pointer, LONG
  u32(0);
  u16(4);
  entry(0x0001, 2, 2, 0x4e);          // GPSLatitudeRef "N\0"
  entry(0x0002, 5, 3, lat);           // GPSLatitude, 3 RATIONALs
  entry(0x0003, 2, 2, 0x57);          // GPSLongitudeRef "W\0"
  entry(0x0004, 5, 3, lon);           // GPSLongitude
  u32(0);
  for (const [n, d] of [[40, 1], [26, 1], [46, 1], [79, 1], [58, 1], [56, 1]]) { u32(n); u32(d); }
  const exif = [0x45, 0x78, 0x69, 0x66, 0, 0, ...tiff];  // "Exif\0\0"
  const length = exif.length + 2;
  const app1 = [0xff, 0xe1, (length >> 8) & 0xff, length & 0xff, ...exif];
  return Buffer.concat([jpeg.subarray(0, 2), Buffer.from(app1), jpeg.subarray(2)]);
}

// The markers of a JPEG's segments up to its image data, and its size (from the frame header).
export function jpegInfo(bytes) {
  const markers = [];
  let width = 0, height = 0;
  let i = 2;
  while (i + 4 <= bytes.length && bytes[i] === 0xff) {
    const marker = bytes[i + 1];
    const length = (bytes[i + 2] << 8) | bytes[i + 3];
    markers.push(marker);
    if (marker >= 0xc0 && marker <= 0xc3) {
      height = (bytes[i + 5] << 8) | bytes[i + 6];
      width = (bytes[i + 7] << 8) | bytes[i + 8];
    }
    if (marker === 0xda) break;  // start of scan: the image data follows
    i += 2 + length;
  }
  return { markers, width, height, hasExif: markers.includes(0xe1) || bytes.includes(Buffer.from('Exif\0')) };
}
