import { graphql } from "gatsby";

/** What the map, the table and a state's page show of each jurisdiction's status. */
export const jurisdictionStatusFragment = graphql`
  fragment JurisdictionStatus on Jurisdiction {
    name
    code
    kind
    leaf
    sevenOH
    minimumAge
    summary
    effective
    checked
    path
  }
`;
