/** A product's title as text, a link to its page when the address is a web address. */
import { safeHttpUrl } from './format';

export function ProductTitle({ title, url }: { title: string; url: string | undefined }) {
  const href = safeHttpUrl(url);
  if (!href) return <span className="report-title">{title}</span>;
  return (
    <a className="report-title" href={href} target="_blank" rel="noreferrer noopener">
      {title}
    </a>
  );
}
