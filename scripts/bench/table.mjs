/** Prints rows as an aligned text table; `columns` are the keys to show, in order. */
export function printTable(title, columns, rows) {
  const cells = [columns, ...rows.map((row) => columns.map((key) => String(row[key] ?? '')))]
  const widths = columns.map((_, index) => Math.max(...cells.map((line) => line[index].length)))
  const line = (values) =>
    values
      .map((value, index) => value.padEnd(widths[index]))
      .join('  ')
      .trimEnd()
  console.log(`\n${title}\n${line(columns)}\n${widths.map((width) => '-'.repeat(width)).join('  ')}`)
  for (const values of cells.slice(1)) console.log(line(values))
}
