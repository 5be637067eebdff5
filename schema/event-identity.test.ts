import { describe, expect, it } from 'vitest';
import { attackDays, sameAgreement, sameAttack } from './event-identity.ts';

const attack = { attacker: 'country:RU', weapon: 'drone', date: '2024-06-14', targets: ['place:kyiv'] };
const agreement = { kind: 'security', year: '2024', parties: ['country:PL', 'country:UA'] };

describe('event identity', () => {
  it('makes one attack of reports a day apart that share a target or leave it unknown', () => {
    expect(sameAttack(attack, { ...attack, date: '2024-06-15' })).toBe(true);
    expect(sameAttack(attack, { ...attack, targets: [] })).toBe(true);
    expect(sameAttack(attack, { ...attack, targets: ['place:odesa', 'place:kyiv'] })).toBe(true);
  });

  it('keeps apart attacks two days apart, by another attacker or weapon, or on other targets', () => {
    expect(sameAttack(attack, { ...attack, date: '2024-06-16' })).toBe(false);
    expect(sameAttack(attack, { ...attack, attacker: 'country:UA' })).toBe(false);
    expect(sameAttack(attack, { ...attack, weapon: 'missile' })).toBe(false);
    expect(sameAttack(attack, { ...attack, targets: ['place:odesa'] })).toBe(false);
  });

  it('lists the days an attack may be stored under', () => {
    expect(attackDays('2024-03-01')).toEqual(['2024-02-29', '2024-03-01', '2024-03-02']);
  });

  it('makes one agreement of the same parties in a year, an unstated kind fitting any', () => {
    expect(sameAgreement(agreement, { ...agreement, parties: ['country:UA', 'country:PL'] })).toBe(true);
    expect(sameAgreement(agreement, { ...agreement, kind: 'other' })).toBe(true);
    expect(sameAgreement(agreement, { ...agreement, kind: 'ceasefire' })).toBe(false);
    expect(sameAgreement(agreement, { ...agreement, year: '2025' })).toBe(false);
    expect(
      sameAgreement(agreement, { ...agreement, parties: ['country:PL', 'country:UA', 'country:DE'] }),
    ).toBe(false);
  });
});
