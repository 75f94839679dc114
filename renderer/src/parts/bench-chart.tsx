/** Per-task success rates as horizontal bars (SVG; no chart library). */
import type { BenchTaskRow } from '../../../main/api/contract.js';

const ROW = 26;
const LABEL = 170;
const BAR = 320;

export function BenchChart({ rows }: { rows: BenchTaskRow[] }) {
  const height = rows.length * ROW + 24;
  return (
    <svg className="chart" role="img" aria-label="Success rate per task" viewBox={`0 0 ${LABEL + BAR + 90} ${height}`} width="100%">
      {[0, 0.5, 1].map((tick) => (
        <g key={tick}>
          <line x1={LABEL + tick * BAR} x2={LABEL + tick * BAR} y1={0} y2={height - 18} className="chart-grid" />
          <text x={LABEL + tick * BAR} y={height - 4} className="chart-tick" textAnchor="middle">
            {tick * 100}%
          </text>
        </g>
      ))}
      {rows.map((row, index) => (
        <g key={row.task} transform={`translate(0 ${index * ROW})`} data-task={row.task}>
          <text x={LABEL - 8} y={ROW / 2 + 4} textAnchor="end" className="chart-label">
            {row.task}
          </text>
          <rect x={LABEL} y={5} width={BAR} height={ROW - 10} className="chart-track" rx={3} />
          <rect x={LABEL} y={5} width={Math.max(row.rate * BAR, row.rate > 0 ? 2 : 0)} height={ROW - 10} className={row.rate >= 0.5 ? 'chart-bar' : 'chart-bar low'} rx={3} />
          <text x={LABEL + BAR + 8} y={ROW / 2 + 4} className="chart-value">
            {row.successes}/{row.episodes}
          </text>
        </g>
      ))}
    </svg>
  );
}
