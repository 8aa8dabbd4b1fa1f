import * as v from 'valibot';
import { shortText } from '../../db/fields';
import { method } from '../define';

export interface PanelSummary {
  contactCount: number;
}

// The complaint panel's methods: the only ones a web page's tab can reach.
export const panelMethods = {
  'panel.summary': method<PanelSummary>()(v.strictObject({ channelId: shortText }), ['panel', 'page']),
};
