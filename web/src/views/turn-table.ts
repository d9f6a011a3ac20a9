// The list of turns: one row per turn with its speaker and role.
// Transcript text is only ever inserted as text, never as HTML.
import type { Analysis } from '../analysis/feltline-types';

export function renderTurnTable(tbody: HTMLTableSectionElement, analysis: Analysis): void {
  const rows = analysis.turns.map((turn) => {
    const tr = document.createElement('tr');
    tr.dataset.testid = 'turn-row';
    tr.dataset.role = turn.role;
    tr.id = `turn-${turn.index}`;
    const cells = [String(turn.index + 1), turn.speaker ?? '—', turn.role, turn.text];
    for (const value of cells) {
      const td = document.createElement('td');
      td.textContent = value;
      tr.append(td);
    }
    return tr;
  });
  tbody.replaceChildren(...rows);
}
