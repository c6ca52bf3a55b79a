/**
 * Watches chart figures and loads the chart code only when the first one nears the
 * viewport; pages without charts never load this file.
 */
const figures = [...document.querySelectorAll<HTMLElement>('figure[data-chart]')];

async function draw(figure: HTMLElement): Promise<void> {
  const { drawChart } = await import('./draw.ts');
  drawChart(figure);
}

if ('IntersectionObserver' in window) {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        void draw(entry.target as HTMLElement);
      }
    },
    { rootMargin: '200px' },
  );
  figures.forEach((f) => observer.observe(f));
} else {
  figures.forEach((f) => void draw(f));
}
