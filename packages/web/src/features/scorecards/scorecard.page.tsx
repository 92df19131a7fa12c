import { getRouteApi } from "@tanstack/react-router";
import { ScorecardView } from "./scorecard-view.js";

const route = getRouteApi("/app/scorecards/$scorecardId");

export function ScorecardPage() {
  const { scorecardId } = route.useParams();
  return <ScorecardView id={scorecardId} />;
}
