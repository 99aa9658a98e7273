import { createSHA256, type IHasher } from 'hash-wasm';

/**
 * One SHA-256 (hash-wasm) reused for every body of a backup: creating a hasher instantiates a
 * WebAssembly module (~10 ms), which for 10,000 small bodies cost more than hashing them.
 */
export class BodyHasher {
  private constructor(private readonly hasher: IHasher) {}

  static async create(): Promise<BodyHasher> {
    return new BodyHasher(await createSHA256());
  }

  start(): this { this.hasher.init(); return this; }
  update(data: Uint8Array): void { this.hasher.update(data); }
  digestHex(): string { return this.hasher.digest('hex'); }
}
