import { describe, expect, it } from 'vitest';
import { answerProblem, characterLength } from '../../src/checklist/answer-problems';
import { questionById } from '../../src/checklist/question-bank';

describe('the problem with an answer', () => {
  const date = questionById.get('a.date')!;
  const title = questionById.get('a.title')!;

  it('reports a date that is not a real calendar date', () => {
    expect(answerProblem(date, '2026-02-30', true)).toEqual({ kind: 'dateInvalid' });
    expect(answerProblem(date, '2026-02-28', true)).toBeNull();
  });

  it('reports a half-typed date the browser could not read, even though its value is empty', () => {
    expect(answerProblem(date, '', false, true)).toEqual({ kind: 'dateInvalid' });
    expect(answerProblem(date, '', false, false)).toBeNull();
  });

  it('treats blank text as unanswered and counts characters, not UTF-16 units, against the limit', () => {
    expect(answerProblem(title, '   ', true)).toEqual({ kind: 'required' });
    expect(answerProblem(title, '😀'.repeat(200), true)).toBeNull();
    expect(answerProblem(title, 'a'.repeat(201), true)).toEqual({ kind: 'tooLong', max: 200 });
  });

  it('is nothing for a blank answer that is not required', () => {
    expect(answerProblem(title, '', false)).toBeNull();
    expect(answerProblem(questionById.get('b1.affects')!, undefined, false)).toBeNull();
  });

  it('is "required" for an unchosen choice and an empty list', () => {
    expect(answerProblem(questionById.get('b1.affects')!, undefined, true)).toEqual({
      kind: 'required',
    });
    expect(answerProblem(questionById.get('b5.goals')!, [], true)).toEqual({ kind: 'required' });
  });
});

describe('character length', () => {
  it('counts an emoji or a surrogate pair as one character', () => {
    expect(characterLength('😀')).toBe(1);
    expect(characterLength('åäö')).toBe(3);
  });

  it('counts as Array.from does, lone surrogates included', () => {
    const samples = [
      '',
      'a',
      '😀😀a',
      'a\uD83D',
      '\uDE00a',
      '\uD83D\uD83D\uDE00',
      'x'.repeat(3000) + '😀',
    ];
    for (const s of samples)
      expect(characterLength(s), JSON.stringify(s)).toBe(Array.from(s).length);
  });
});
