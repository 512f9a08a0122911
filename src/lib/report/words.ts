/** The report page's own words (the report is for the programme: Italian only). */
export const REPORT_WORDS = {
  title: (name: string, period: string) => `${name} — rapporto ${period}`,
  generated: 'Generato dai contenuti del bollettino e dagli invii registrati: gli stessi dati danno lo stesso rapporto.',
  summary: 'In sintesi',
  contents: 'Indice',
  noData: 'Nessun dato nel periodo.',
  tableCaption: (title: string) => `Dati: ${title}`,
  tableOpen: 'Mostra i dati del grafico',
  csv: (file: string) => `Scarica i dati (CSV): ${file}`,
  chartDescription: (title: string, points: number) => `Grafico a barre: ${title.toLowerCase()}, ${points} ${points === 1 ? 'valore' : 'valori'}. I dati sono nella tabella qui sotto e nel file CSV.`,
} as const;
