/**
 * schema.org `Dataset` descriptions for the catalogue pages, and the escaping that makes JSON
 * safe inside a <script> element: data text such as "</script>" or "<!--" must not end or alter
 * the element, and U+2028/U+2029 must not break older JavaScript parsers.
 */

const UNSAFE = /[<>&\u2028\u2029]/g;

/**
 * JSON text with `<`, `>`, `&`, U+2028 and U+2029 written as \uXXXX escapes: still the same
 * JSON value, but it contains no markup.
 * @example escapeJsonForHtml({ a: '</script>' }) // '{"a":"\\u003c/script\\u003e"}'
 */
export function escapeJsonForHtml(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new Error('value has no JSON form');
  return json.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export interface Distribution {
  url: string;
  encodingFormat: string;
  name: string;
  bytes: number;
}

export interface DatasetLd {
  name: string;
  description: string;
  url: string;
  inLanguage: string;
  version: string;
  dateModified: string;
  license: string;
  creatorName: string;
  keywords: readonly string[];
  /** "2012/2015" */
  temporalCoverage?: string;
  places: readonly string[];
  distribution: readonly Distribution[];
  /** Citation text, as the page shows it. */
  citation: string;
  isPartOf?: { name: string; url: string };
}

/** A schema.org Dataset object (https://schema.org/Dataset), ready for `escapeJsonForHtml`. */
export function datasetJsonLd(d: DatasetLd) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: d.name,
    description: d.description,
    url: d.url,
    inLanguage: d.inLanguage,
    version: d.version,
    dateModified: d.dateModified,
    license: d.license,
    isAccessibleForFree: true,
    keywords: d.keywords,
    creator: { '@type': 'Organization', name: d.creatorName },
    citation: d.citation,
    ...(d.temporalCoverage && { temporalCoverage: d.temporalCoverage }),
    spatialCoverage: {
      '@type': 'Place',
      name: 'Kyrgyz Republic',
      ...(d.places.length > 0 && { containsPlace: d.places.map((name) => ({ '@type': 'Place', name })) }),
    },
    ...(d.isPartOf && { isPartOf: { '@type': 'Dataset', name: d.isPartOf.name, url: d.isPartOf.url } }),
    distribution: d.distribution.map((x) => ({
      '@type': 'DataDownload',
      name: x.name,
      contentUrl: x.url,
      encodingFormat: x.encodingFormat,
      contentSize: `${x.bytes} B`,
    })),
  };
}
