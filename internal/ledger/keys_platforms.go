package ledger

// Keys of the creator-managed parts of campaigns (see keys.go for the conventions; ids are escaped):
//
//	<p>:campplatforms:<campaign>        hash  platform id -> PlatformAllowed (added by the creator) or
//	                                          PlatformRemoved (taken off the campaign by the creator)
//	<p>:communitycampaigns:<community>  zset  campaign ids of the community, scored by creation time (unix ms)
//	<p>:embedorigins:<campaign>         string  JSON array of the origins that may frame the campaign's fan widget

func (k keys) campaignPlatforms(campaign string) string {
	return k.p + ":campplatforms:" + esc(campaign)
}

func (k keys) communityCampaigns(community string) string {
	return k.p + ":communitycampaigns:" + esc(community)
}

func (k keys) embedOrigins(campaign string) string {
	return k.p + ":embedorigins:" + esc(campaign)
}
