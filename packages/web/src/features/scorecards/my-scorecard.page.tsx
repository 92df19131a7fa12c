import { IconClipboardOff, IconUserQuestion } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { EmptyState } from "../../components/empty-state.js";
import { ErrorAlert } from "../../components/error-alert.js";
import { PageSkeleton } from "../../components/list-skeleton.js";
import { PageHeader } from "../../components/page-header.js";
import { todayIso } from "../cycles/cycle-dates.js";
import { useMyPerson } from "../people/my-person.js";
import { pickCurrentScorecard } from "./pick-current.js";
import { ScorecardView } from "./scorecard-view.js";
import { scorecardsQuery } from "./scorecards.queries.js";

/** The caller's current scorecard, found through the employee record linked to their account. */
export function MyScorecardPage() {
  const { person, isPending, error } = useMyPerson();
  const scorecards = useQuery({ ...scorecardsQuery({ employeeId: person?.id }), enabled: Boolean(person) });

  if (isPending || (person && scorecards.isPending)) return <PageSkeleton />;
  if (error) return <ErrorAlert error={error} title="Could not find your employee record" />;
  if (scorecards.isError)
    return (
      <ErrorAlert
        error={scorecards.error}
        title="Could not load your scorecards"
        onRetry={() => scorecards.refetch()}
      />
    );
  if (!person)
    return (
      <>
        <PageHeader title="My scorecard" />
        <EmptyState
          icon={<IconUserQuestion size={28} aria-hidden />}
          title="Your account is not linked to an employee"
          description="Scorecards belong to employees. Ask HR to link your account to your employee record on the People page."
        />
      </>
    );
  const current = pickCurrentScorecard(scorecards.data ?? [], todayIso());
  if (!current)
    return (
      <>
        <PageHeader title="My scorecard" />
        <EmptyState
          icon={<IconClipboardOff size={28} aria-hidden />}
          title="You have no scorecard yet"
          description="You get a scorecard when HR opens a review cycle and your role has a published framework."
        />
      </>
    );
  return <ScorecardView id={current.id} heading="My scorecard" />;
}
