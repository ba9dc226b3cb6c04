/**
 * Query parameters that only identify a campaign, click or referrer, never the page. Canonical URLs drop them so one
 * article shared through many channels gets one canonical URL. Extend here (data, not code).
 * Names are matched case-insensitively.
 */
export interface TrackingParamRules {
  /** Exact parameter names. */
  readonly names: readonly string[];
  /** Name prefixes (a parameter starting with one is dropped). */
  readonly prefixes: readonly string[];
}

export const DEFAULT_TRACKING_PARAMS: TrackingParamRules = Object.freeze({
  names: Object.freeze([
    // ad click ids
    'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id',
    'igshid', 'epik', 'srsltid',
    // mail campaigns
    'mc_cid', 'mc_eid', 'mkt_tok', '_hsenc', '_hsmi', 'vero_id', 'vero_conv', 'oly_anon_id', 'oly_enc_id', 'rb_clickid',
    // analytics and share buttons
    '_ga', '_gl', 'ref_src', 'ref_url', 'cmpid', 'ncid', 'sr_share', 'ocid', 'wt.mc_id', 's_cid', 'spm',
    // other analytics suites
    'at_medium', 'at_campaign', 'pk_campaign', 'pk_kwd', 'pk_source', 'pk_medium', 'pk_content', '__s',
  ]),
  prefixes: Object.freeze(['utm_', 'mtm_', 'hmb_']),
});
