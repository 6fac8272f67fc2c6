import { describe, expect, it } from 'vitest';
import { categoryOptions } from '../../src/lib/shape/category-options';

const cats = [
  { category_id: 'totalt', name: 'Totalt antal brott', bra_level: null },
  { category_id: 'misshandel', name: 'Misshandel inkl. grov', bra_level: null },
  { category_id: 'bra-00000001', name: 'Brott mot brottsbalken, 3 kap. Brott mot liv och hälsa', bra_level: 2 },
  { category_id: 'bra-00000002', name: '…därav mot kvinna 18 år eller äldre', bra_level: 4 },
  { category_id: 'bra-00000003', name: 'Bedrägeri  genom  internet', bra_level: 3 },
];

describe('categoryOptions', () => {
  it('lists the dashboard’s own categories and hides imported ones until searched', () => {
    const r = categoryOptions(cats, '', []);
    expect(r.fixed.map((o) => o.value)).toEqual(['totalt', 'misshandel']);
    expect(r.found).toEqual([]);
    expect(r.imported).toBe(3);
  });
  it('finds imported categories by every word, case and spacing aside, with their level', () => {
    expect(categoryOptions(cats, 'KVINNA 18', []).found).toEqual([{ value: 'bra-00000002', label: '…därav mot kvinna 18 år eller äldre', level: 4 }]);
    expect(categoryOptions(cats, 'genom internet', []).found.map((o) => o.value)).toEqual(['bra-00000003']);
    expect(categoryOptions(cats, 'finns inte', []).found).toEqual([]);
  });
  it('always lists a chosen imported category, once: among the hits while it is one, else with the others', () => {
    const hit = categoryOptions(cats, 'liv och hälsa', ['bra-00000001']);
    expect(hit.fixed.map((o) => o.value)).toEqual(['totalt', 'misshandel']);
    expect(hit.found.map((o) => o.value)).toEqual(['bra-00000001']);
    const other = categoryOptions(cats, 'kvinna', ['bra-00000001']);
    expect(other.fixed.map((o) => o.value)).toEqual(['totalt', 'misshandel', 'bra-00000001']);
    expect(other.found.map((o) => o.value)).toEqual(['bra-00000002']);
  });
  it('shows at most `limit` hits and says how many more', () => {
    const many = Array.from({ length: 50 }, (_, i) => ({ category_id: `bra-${i}`, name: `Brottstyp ${i}`, bra_level: 3 }));
    const r = categoryOptions(many, 'brottstyp', [], 40);
    expect(r.found).toHaveLength(40);
    expect(r.more).toBe(10);
  });
});
