/**
 * The components editors may use in MDX bodies: the one allow-list the content check
 * and the guide follow. Each is imported by its name, with a default import, from its file.
 */
export interface ContentComponent {
  /** The name written in the body: `<Avviso>`. */
  name: string;
  /** Its file, relative to the project root. */
  file: string;
  /** Attributes it takes, written as plain text (`titolo="Ricorda"`). */
  attributes: readonly string[];
  /** The import line from a content file in `src/content/<folder>/`. */
  importLine: string;
}

export const CONTENT_COMPONENTS: readonly ContentComponent[] = [
  { name: 'Avviso', file: 'src/components/Avviso.astro', attributes: ['titolo'], importLine: "import Avviso from '../../components/Avviso.astro';" },
];
