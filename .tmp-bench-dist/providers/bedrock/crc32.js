import * as zlib from 'node:zlib';
const native = zlib.crc32;
let table;
function crcTable() {
    if (table)
        return table;
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++)
            c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        table[n] = c >>> 0;
    }
    return table;
}
export function crc32Fallback(data, value = 0) {
    const t = crcTable();
    let crc = (value ^ 0xffffffff) >>> 0;
    for (let i = 0; i < data.length; i++)
        crc = t[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
}
export function crc32(data, value = 0) {
    return native ? native(data, value) >>> 0 : crc32Fallback(data, value);
}
//# sourceMappingURL=crc32.js.map