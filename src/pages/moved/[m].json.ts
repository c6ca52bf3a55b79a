/** /moved/<m>.json: the municipality's moved addresses (old path → new address with anchor), read by the 404 page. */
import type { MunicipalityData } from '../../datasets/load.ts';
import { getData } from '../../site/data.ts';
import { movedList } from '../../site/routing/moved.ts';
import { ownMunicipalities } from '../../site/routing/paths.ts';

export const getStaticPaths = () => ownMunicipalities().map((m) => ({ params: { m: m.profile.id }, props: { m } }));

export function GET({ props }: { props: { m: MunicipalityData } }): Response {
  return new Response(JSON.stringify(movedList(props.m, getData().sources)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
