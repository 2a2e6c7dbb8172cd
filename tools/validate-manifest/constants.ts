/** The namespaces a manifest uses, and what KTD5's manifest must declare. */
export const NS = {
  officeApp: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  ov: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  xml: 'http://www.w3.org/XML/1998/namespace',
  xmlns: 'http://www.w3.org/2000/xmlns/',
} as const;

/** The custom functions' namespace (KTD5.SCORE, …). */
export const NAMESPACE = 'KTD5';

/** Excel's limits on the manifest's short and long strings. */
export const SHORT_MAX = 125;
export const LONG_MAX = 250;
