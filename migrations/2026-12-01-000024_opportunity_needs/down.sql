DROP VIEW opportunity_needs;
