/** The library: a full tab for reviewing, importing and exporting what Backstory knows. */
export function App() {
  return (
    <main class="library">
      <h1>Backstory library</h1>
    </main>
  );
}
