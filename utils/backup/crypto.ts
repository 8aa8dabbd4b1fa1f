import { CHECK_TEXT, IV_BYTES, MIN_KDF_ITERATIONS, type Encryption } from '../domain/backup/format';

// WebCrypto only: PBKDF2-SHA256 turns the password into an AES-GCM-256 key.
// Every frame gets a fresh random IV and is bound to its position and type by
// the additional data, so frames cannot be reordered, dropped or swapped.
// None of this runs inside a database transaction (it would end it).

const enc = new TextEncoder();

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i += 1) out[i] = s.charCodeAt(i);
  return out;
}

export async function deriveKey(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', enc.encode(password), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, base, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
}

/** IV ‖ ciphertext ‖ tag. */
export async function seal(key: CryptoKey, plain: Uint8Array<ArrayBuffer>, aad: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const ct = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad }, key, plain));
  const out = new Uint8Array(IV_BYTES + ct.length);
  out.set(iv, 0);
  out.set(ct, IV_BYTES);
  return out;
}

/** Throws (OperationError) when the key is wrong or a single bit changed. */
export async function open(
  key: CryptoKey,
  sealed: Uint8Array<ArrayBuffer>,
  aad: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  const iv = sealed.subarray(0, IV_BYTES);
  const ct = sealed.subarray(IV_BYTES);
  return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: aad }, key, ct));
}

const CHECK_AAD = enc.encode('check');

/** A new salt and key, and the header entry that lets a reader test a password. */
export async function newEncryption(
  password: string,
  iterations = MIN_KDF_ITERATIONS,
): Promise<{ key: CryptoKey; encryption: Encryption }> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const key = await deriveKey(password, salt, iterations);
  const check = await seal(key, enc.encode(CHECK_TEXT), CHECK_AAD);
  return {
    key,
    encryption: { cipher: 'AES-GCM-256', kdf: 'PBKDF2-SHA256', iterations, salt: toBase64(salt), check: toBase64(check) },
  };
}

/** The key for a file's header, or null when the password is wrong. */
export async function keyFor(password: string, encryption: Encryption): Promise<CryptoKey | null> {
  const key = await deriveKey(password, fromBase64(encryption.salt), encryption.iterations);
  try {
    await open(key, fromBase64(encryption.check), CHECK_AAD);
    return key;
  } catch {
    return null;
  }
}
