/**
 * An amount of money binds its number however it is written ("$50", "54.16
 * dollars"); a name beside it binds apart; a part no step used leaves the slot unused.
 */
import { describe, expect, it } from 'vitest';
import { amountPiece, moneyBindings } from './money-amounts.js';

describe('amountPiece', () => {
  it('reads one amount, written with a sign or a currency word, and what stands beside it', () => {
    expect(amountPiece('$50')).toEqual({ number: '50', rest: '' });
    expect(amountPiece('54.16 dollars')).toEqual({ number: '54.16', rest: '' });
    expect(amountPiece('€12.50')).toEqual({ number: '12.50', rest: '' });
    expect(amountPiece('Jonah Nowak $117')).toEqual({ number: '117', rest: 'Jonah Nowak' });
    expect(amountPiece('Anika Kim 89.81 dollars')).toEqual({ number: '89.81', rest: 'Anika Kim' });
  });
  it('reads no amount in a bare number, a time or two amounts', () => {
    expect(amountPiece('50')).toBeUndefined();
    expect(amountPiece('12:30')).toBeUndefined();
    expect(amountPiece('$5 and $7')).toBeUndefined();
  });
});

describe('moneyBindings', () => {
  const used = (values: string[]) => (text: string) => values.includes(text);
  it('binds the numbers when a step typed the old amount', () => {
    expect(moneyBindings('54.16 dollars', '$50', used(['54.16']))).toEqual([{ old: '54.16', new: '50' }]);
    expect(moneyBindings('$117', '66 dollars', used(['117']))).toEqual([{ old: '117', new: '66' }]);
  });
  it('binds a name beside the amount as its own part, when a step used it', () => {
    expect(moneyBindings('Jonah Nowak $117', 'Anika Kim 89.81 dollars', used(['117', 'Jonah Nowak']))).toEqual([
      { old: '117', new: '89.81' },
      { old: 'Jonah Nowak', new: 'Anika Kim' },
    ]);
    expect(moneyBindings('Jonah Nowak $117', 'Jonah Nowak $20', used(['117']))).toEqual([{ old: '117', new: '20' }]);
  });
  it('binds nothing when a changed part went unused or the values are not alike', () => {
    expect(moneyBindings('54.16 dollars', '$50', used([]))).toBeUndefined();
    expect(moneyBindings('Jonah Nowak $117', 'Anika Kim $89', used(['117']))).toBeUndefined();
    expect(moneyBindings('Jonah Nowak $117', '$89', used(['117', 'Jonah Nowak']))).toBeUndefined();
    expect(moneyBindings('54 apples', '$50', used(['54']))).toBeUndefined();
  });
});
