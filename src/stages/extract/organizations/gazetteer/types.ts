/** What an organization in a gazetteer is; only used to document the lists and to pick context rules. */
export type OrganizationKind =
  | 'international'
  | 'government'
  | 'company'
  | 'media'
  | 'party'
  | 'education'
  | 'sports'
  | 'other';

/**
 * One known organization. `name` is the canonical name reported in `name`; `aliases` are other surface forms
 * that mean the same body (without its acronym, which goes in `acronym` so mentions get it too).
 * Russian entries are written in the nominative case; the matcher accepts their case forms.
 */
export interface GazetteerEntry {
  readonly name: string;
  readonly kind: OrganizationKind;
  readonly acronym?: string;
  readonly aliases?: readonly string[];
}
