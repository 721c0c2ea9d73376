/** Error text can carry a (masked) key or a long echo of the request: keep one short, clean line. */
export function cleanReason(text) {
    return text
        .replace(/\b(sk|pk|rk)-[A-Za-z0-9*_-]{4,}/g, "$1-…")
        .replace(/\s+/g, " ")
        .trim()
        .slice(0, 200);
}
