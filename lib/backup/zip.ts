/**
 * zip.js, configured once for every context that reads or writes backups.
 *
 * The "native" core compresses with the browser's own CompressionStream (a small JS zlib as the
 * fallback) and carries no WebAssembly module. Web workers are off: zip.js would start them
 * from a Blob URL, which the extension's CSP (`script-src 'self' 'wasm-unsafe-eval'`) refuses,
 * and the work here is mostly copying stored (uncompressed) media, not deflating.
 */
import { configure } from '@zip.js/zip.js/lib/zip-core-native.js';

configure({ useWebWorkers: false, useCompressionStream: true });

export {
  BlobReader, BlobWriter, TextReader, TextWriter, Uint8ArrayReader, ZipReader, ZipWriter,
  type Entry, type FileEntry,
} from '@zip.js/zip.js/lib/zip-core-native.js';
