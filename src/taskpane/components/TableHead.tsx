/** A table's header row: one column header per entry, each with its own class (width, alignment). */
export interface HeadColumn {
  text: string;
  className: string;
}

export function TableHead({ columns }: { columns: HeadColumn[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c, i) => (
          <th key={i} scope="col" className={c.className}>
            {c.text}
          </th>
        ))}
      </tr>
    </thead>
  );
}
