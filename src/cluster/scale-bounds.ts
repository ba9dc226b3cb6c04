/**
 * How much work placing one article may do, whatever the size of the story it joins or the number of stored
 * articles. Below these bounds clustering is exact and independent of arrival order; above them it stays
 * deterministic and bounded, and a story that outgrew them only gains articles (it is no longer regrouped).
 */
export interface ScaleBounds {
  /**
   * Candidates an article is compared with, from the index keys and again from the SimHash bands: those sharing the
   * most, then nearest in time, then smallest id; each key's or band's postings are read nearest in time first, at
   * most this many on each side of the article, before they are counted.
   */
  candidates: number;
  /**
   * Components of links up to this many articles are regrouped by average link as a whole (quadratic in their size);
   * an article linked into a larger one joins the story of the article it is most strongly linked to.
   */
  exactComponent: number;
}

// 300, not 150: ECB+ from one outlet links components of 150–300 articles, and below 300 its stories equal the
// unbounded clusterer's (pairwise 0.913; with 150, 0.899).
export const SCALE_BOUNDS: ScaleBounds = { candidates: 200, exactComponent: 300 };
