/**
 * Entities ranked on one share as horizontal bars on Recharts, best on top: each bar coloured by
 * its status against the target (or plain where there is none), its value in a column of its own
 * right of the plot (so no reference line runs through it), the target and the pooled share as
 * vertical lines labelled above the bars, and a highlighted entity hatched. A click on a bar
 * opens the records behind it.
 */
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, XAxis, YAxis } from 'recharts';
import { shareTicks } from '../lib/scale.ts';
import { RANKING_STYLES, SERIES_STYLES } from '../palette.ts';
import { useChartSize } from './use-chart-size.ts';

interface RankingBar {
  key: string;
  /** Axis label: rank and entity, already short enough. */
  label: string;
  value: number;
  /** The bar's colour: its status against the target. */
  color: string;
  highlight?: boolean;
}

export interface RankingChartProps {
  rows: readonly RankingBar[];
  xMax: number;
  /** Axis labels. */
  formatValue: (share: number) => string;
  /** The value printed right of each bar. */
  formatLabel: (share: number) => string;
  reference?: { value: number; label: string } | null;
  target?: { value: number; label: string } | null;
  onSelect?: (key: string) => void;
}

const ROW = 30;
const VALUE_COLUMN = 76;
const MARGIN = { top: 46, right: VALUE_COLUMN, bottom: 4, left: 4 };

interface ValueLabelProps {
  y?: number | string | undefined;
  height?: number | string | undefined;
  value?: unknown;
}

export function RankingChart({ rows, xMax, formatValue, formatLabel, reference = null, target = null, onSelect }: RankingChartProps) {
  const height = MARGIN.top + rows.length * ROW + 30;
  const [size, measure] = useChartSize(height);
  const width = size?.width ?? null;
  const labels = Math.min(290, (width ?? 960) * 0.4);
  const valueX = (width ?? 960) - VALUE_COLUMN + 10;
  const ValueLabel = ({ y, height: h, value }: ValueLabelProps) => (
    <text x={valueX} y={Number(y) + Number(h) / 2} dy="0.35em" className="rchart__value">
      {typeof value === 'number' ? formatLabel(value) : ''}
    </text>
  );
  return (
    <div ref={measure} className="rchart" style={{ height }} data-drawn={width !== null && rows.length > 0 ? 'ranking' : undefined}>
      {width !== null && rows.length > 0 && (
        <BarChart width={width} height={height} data={rows} layout="vertical" margin={MARGIN} barCategoryGap={4}>
          <CartesianGrid horizontal={false} stroke="#e3e3e3" />
          <XAxis
            type="number"
            domain={[0, xMax]}
            ticks={shareTicks(xMax)}
            tickFormatter={(v: number) => formatValue(v)}
            tickLine={false}
            stroke="#8a8a8a"
            tick={{ className: 'rchart__tick', fill: '#333' }}
            height={30}
          />
          <YAxis
            type="category"
            dataKey="label"
            width={labels}
            tickLine={false}
            axisLine={false}
            interval={0}
            tick={{ className: 'rchart__category', fill: '#1a1a1a' }}
          />
          <Bar
            dataKey="value"
            className={`chart-bar${onSelect ? ' chart-bar--link' : ''}`}
            isAnimationActive={false}
            onClick={onSelect ? (_item, index) => rows[index] && onSelect(rows[index].key) : undefined}
          >
            {rows.map((row) => (
              <Cell
                key={row.key}
                data-entity={row.key}
                fill={row.highlight ? 'url(#koers-hatch-highlight)' : row.color}
                stroke={row.highlight ? '#000' : 'none'}
                strokeWidth={1.5}
              />
            ))}
            <LabelList dataKey="value" content={(props) => <ValueLabel y={props.y} height={props.height} value={props.value} />} />
          </Bar>
          {target && (
            <ReferenceLine
              x={Math.min(target.value, xMax)}
              stroke={SERIES_STYLES.target.color}
              strokeWidth={2.5}
              className="chart-target"
              label={{ value: target.label, position: 'top', offset: 26, className: 'rchart__label' }}
            />
          )}
          {reference && (
            <ReferenceLine
              x={reference.value}
              stroke={RANKING_STYLES.reference}
              strokeWidth={2}
              strokeDasharray="6 4"
              className="chart-reference"
              label={{ value: reference.label, position: 'top', offset: 8, className: 'rchart__label' }}
            />
          )}
        </BarChart>
      )}
    </div>
  );
}
