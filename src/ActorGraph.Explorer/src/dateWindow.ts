const dayMs = 86_400_000;

function toDay(offset: number, first: number): string {
  return new Date(first + offset * dayMs).toISOString().slice(0, 10);
}

/** Two range inputs choosing a window of days between the graph's earliest and latest dates. */
export class DateWindow {
  private first = 0;

  constructor(
    private readonly fromInput: HTMLInputElement,
    private readonly toInput: HTMLInputElement,
    private readonly fromLabel: HTMLOutputElement,
    private readonly toLabel: HTMLOutputElement,
    onChange: (from: string, to: string) => void,
  ) {
    const changed = (moved: HTMLInputElement) => {
      // The two handles never cross: the one moved pushes the other.
      if (Number(this.fromInput.value) > Number(this.toInput.value)) {
        (moved === this.fromInput ? this.toInput : this.fromInput).value = moved.value;
      }
      this.label();
      onChange(this.from, this.to);
    };
    fromInput.addEventListener('input', () => changed(fromInput));
    toInput.addEventListener('input', () => changed(toInput));
  }

  setRange(earliest: string, latest: string): void {
    this.first = Date.parse(earliest);
    const days = Math.round((Date.parse(latest) - this.first) / dayMs);
    for (const input of [this.fromInput, this.toInput]) {
      input.min = '0';
      input.max = String(days);
    }
    this.fromInput.value = '0';
    this.toInput.value = String(days);
    this.label();
  }

  get from(): string {
    return toDay(Number(this.fromInput.value), this.first);
  }

  get to(): string {
    return toDay(Number(this.toInput.value), this.first);
  }

  private label(): void {
    this.fromLabel.value = this.from;
    this.toLabel.value = this.to;
    this.fromInput.setAttribute('aria-valuetext', this.from);
    this.toInput.setAttribute('aria-valuetext', this.to);
  }
}
