/**
 * The shape of the generated geometry (src/lib/geo/generated/topology.ts): one TopoJSON
 * object of every feature the map draws, each with its role.
 */
import type { GeometryCollection, Topology } from 'topojson-specification';

/**
 * member: a state in data/members.json (at any date), drawn by its status;
 * context: any other state in the frame, muted; disputed: drawn neutrally (disputed.ts).
 */
export type Role = 'member' | 'context' | 'disputed';

export interface FeatureProps {
	role: Role;
}

export type MapTopology = Topology<{ countries: GeometryCollection<FeatureProps> }>;
