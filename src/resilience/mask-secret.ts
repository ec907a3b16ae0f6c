/**
 * Secrets must never reach logs, errors, status output or the admin UI unmasked (GUIDE §7).
 * `maskSecret` keeps just enough of a key to tell keys apart (`sk-abc…wxyz`); short keys reveal
 * nothing at all, because a few characters of a short key are a large share of its entropy.
 */
export function maskSecret(secret: string): string {
  const s = secret.trim();
  if (s.length < 20) return '****';
  const head = s.length >= 32 ? 6 : 3;
  return `${s.slice(0, head)}…${s.slice(-4)}`;
}

// Shapes that look like credentials even when we were never told the secret itself.
const SECRET_PATTERNS: readonly RegExp[] = [
  /\b(?:sk|pk|rk|ak|sess|gsk|xai|csk|nvapi|hf|ghp|gho|github_pat|glpat|AKIA|ASIA)[-_][A-Za-z0-9_\-.]{12,}/g,
  /\bsk-ant-[A-Za-z0-9_-]{8,}/g,
  /\bAIza[A-Za-z0-9_-]{20,}/g,
  /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi,
  /\b((?:api[_-]?key|access[_-]?token|token|key|secret|password)\s*[=:]\s*)["']?[^\s"'&,;]{6,}/gi,
  /\b(?=[A-Za-z0-9_-]*\d)(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{40,}\b/g,
];

/**
 * Masks known secrets and anything shaped like a credential inside free text (upstream error
 * messages often echo the key, e.g. "Incorrect API key provided: sk-…").
 */
export function maskSecretsInText(text: string, knownSecrets: Iterable<string> = []): string {
  let out = text;
  for (const secret of knownSecrets) {
    if (secret.length >= 4 && out.includes(secret)) out = out.split(secret).join(maskSecret(secret));
  }
  for (const pattern of SECRET_PATTERNS) {
    out = out.replace(pattern, (match: string, prefix?: string) => {
      if (typeof prefix === 'string' && /^(bearer|basic)$/i.test(prefix)) return `${prefix} ****`;
      if (typeof prefix === 'string' && /[=:]\s*$/.test(prefix)) {
        // "api_key: environment variable … is not set" is prose, not a key: short all-letter
        // words are left alone (real keys have digits or are long).
        const value = match.slice(prefix.length).replace(/^["']/, '');
        if (/^[A-Za-z]+$/.test(value) && value.length < 16) return match;
        return `${prefix}****`;
      }
      return maskSecret(match);
    });
  }
  return out;
}
