/** The absolute address of /data/ when the site's address is configured (links inside the data documents). */
import { asset } from '../../site/routing/routes.ts';

export function dataBaseUrl(): URL | undefined {
  const site = import.meta.env.SITE;
  return site ? new URL(asset('data/'), site) : undefined;
}
