import type { VocabularyEntry } from './model';

// Colours distinguishable on white, assigned in vocabulary order so a type keeps its colour between views.
const palette = [
  '#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf',
  '#bcbd22', '#7f7f7f', '#393b79', '#ad494a', '#637939', '#8c6d31', '#7b4173', '#3182bd',
];

/** The colour of each relationship type. */
export class TypeColours {
  private readonly colours = new Map<string, string>();

  constructor(vocabulary: VocabularyEntry[]) {
    vocabulary.forEach((entry, index) => this.colours.set(entry.code, palette[index % palette.length]));
  }

  of(type: string): string {
    return this.colours.get(type) ?? '#555555';
  }
}

/** Fills the legend with the types present in the view. */
export function renderLegend(list: HTMLElement, types: string[], colours: TypeColours, vocabulary: VocabularyEntry[]): void {
  list.replaceChildren(
    ...types.map((type) => {
      const item = document.createElement('li');
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = colours.of(type);
      item.append(swatch, type);
      item.title = vocabulary.find((v) => v.code === type)?.description ?? type;
      return item;
    }),
  );
}
