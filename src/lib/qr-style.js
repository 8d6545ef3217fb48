// How the app draws every QR code: the giấy mời (PNG in the .docx), the delegate's page, a unit's
// upload link and the hall's entrance screen (SVG). Plain JS so bench/qr-read.js (plain Node) draws exactly the same codes.

/**
 * Error correction Q (25 % of the code may be lost: a fold, a smudge, glare on a phone screen)
 * and the four-module quiet zone ISO/IEC 18004 asks for, so the decoder finds the code's edges on
 * paper and on a screen whatever surrounds it.
 * @type {{ errorCorrectionLevel: 'Q', margin: number }}
 */
export const QR_STYLE = { errorCorrectionLevel: 'Q', margin: 4 };

/** Pixels across the giấy mời's PNG (shown at 3.4 cm: about 270 dpi on paper). */
export const QR_PAPER_PIXELS = 360;
