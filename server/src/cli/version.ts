declare const VANTHU_VERSION: string;
/** The package version (set by the bundler; a development run from the sources has none). */
export const version = typeof VANTHU_VERSION === 'string' ? VANTHU_VERSION : '0.0.0-dev';
