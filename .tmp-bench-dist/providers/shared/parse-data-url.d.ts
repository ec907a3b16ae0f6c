/** A decoded `data:<mime>;base64,<payload>` URL. */
export interface DataUrl {
    mediaType: string;
    data: string;
}
/** Splits a base64 data URL; undefined when `url` is not one. */
export declare function parseDataUrl(url: string): DataUrl | undefined;
