export declare function docsPage(mode: 'docs' | 'redoc'): string;
