import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { DEFAULT_RATING_SCALE } from "@yardstick/core";
import { useState } from "react";
import { ErrorAlert } from "../../components/error-alert.js";
import { notifySuccess } from "../../components/notify.js";
import {
  type BandDraft,
  bandIssues,
  hasBandIssues,
  previewRatings,
  toBandDrafts,
  toRatingBands,
} from "./rating-scale.model.js";
import { useUpdateSettings } from "./settings.queries.js";
import type { OrganizationSettings } from "./settings.types.js";

/** The overall scores the preview rates: just below, at and well above target. */
const PREVIEW_SCORES = [0.7, 1, 1.3];

interface Props {
  settings: OrganizationSettings;
  editable: boolean;
}

/** The bands that turn an overall score into a rating, with a live preview of three scores. */
export function RatingScaleSection({ settings, editable }: Props) {
  const update = useUpdateSettings();
  const stored = toBandDrafts(settings.ratingScale);
  const [drafts, setDrafts] = useState<BandDraft[]>(stored);
  const issues = bandIssues(drafts);
  const invalid = hasBandIssues(drafts);
  const dirty = JSON.stringify(drafts) !== JSON.stringify(stored);
  const preview = previewRatings(drafts, PREVIEW_SCORES);

  const set = (index: number, patch: Partial<BandDraft>) =>
    setDrafts((rows) => rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const add = () =>
    setDrafts((rows) => {
      const last = rows.at(-1);
      const from = last && typeof last.fromPercent === "number" ? last.fromPercent + 10 : 0;
      const rating = last && typeof last.rating === "number" ? last.rating + 1 : 1;
      return [...rows, { fromPercent: from, rating, label: "" }];
    });
  const save = () =>
    update.mutate(
      { disabledRules: settings.disabledRules, ratingScale: toRatingBands(drafts) },
      {
        onSuccess: (saved) => {
          setDrafts(toBandDrafts(saved.ratingScale));
          notifySuccess("The rating scale was saved.");
        },
      },
    );

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="rating-scale-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="rating-scale-heading">
          Rating scale
        </Title>
        <Text size="sm" c="dimmed">
          An overall score (100% = every target exactly met) gets the rating of the highest band it reaches; a score
          below the first band gets the first band. Bands go from the lowest to the highest percentage.
        </Text>
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing={6} aria-label="Rating bands">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w={150}>
                  From (%)
                </Table.Th>
                <Table.Th scope="col" w={110}>
                  Rating
                </Table.Th>
                <Table.Th scope="col">Label</Table.Th>
                {editable && (
                  <Table.Th scope="col" w={48}>
                    <VisuallyHidden>Remove</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {drafts.map((draft, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: bands have no identity besides their position
                <Table.Tr key={index}>
                  <Table.Td>
                    <NumberInput
                      aria-label={`Band ${index + 1} from (%)`}
                      value={draft.fromPercent}
                      onChange={(value) => set(index, { fromPercent: value })}
                      suffix="%"
                      decimalScale={2}
                      error={issues[index]?.fromPercent}
                      readOnly={!editable}
                      hideControls
                    />
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      aria-label={`Band ${index + 1} rating`}
                      value={draft.rating}
                      onChange={(value) => set(index, { rating: value })}
                      decimalScale={2}
                      error={issues[index]?.rating}
                      readOnly={!editable}
                      hideControls
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={`Band ${index + 1} label`}
                      value={draft.label}
                      onChange={(event) => set(index, { label: event.currentTarget.value })}
                      error={issues[index]?.label}
                      readOnly={!editable}
                      maxLength={100}
                    />
                  </Table.Td>
                  {editable && (
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`Remove band ${index + 1}`}
                        disabled={drafts.length === 1}
                        onClick={() => setDrafts((rows) => rows.filter((_, i) => i !== index))}
                      >
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {editable && (
          <Group gap="xs">
            <Button
              variant="light"
              size="xs"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={add}
              disabled={drafts.length >= 20}
            >
              Add band
            </Button>
            <Button variant="subtle" size="xs" onClick={() => setDrafts(toBandDrafts(DEFAULT_RATING_SCALE))}>
              Use the default 1–5 scale
            </Button>
          </Group>
        )}
        <Stack gap={6} component="section" aria-labelledby="rating-preview-heading">
          <Title order={3} size="h6" id="rating-preview-heading">
            Preview
          </Title>
          {preview ? (
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs" aria-live="polite">
              {preview.map((p) => (
                <Paper key={p.score} withBorder radius="sm" p="xs" bg="gray.0">
                  <Text size="sm">
                    <strong>{Math.round(p.score * 100)}%</strong> → rating {p.rating}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {p.label}
                  </Text>
                </Paper>
              ))}
            </SimpleGrid>
          ) : (
            <Text size="sm" c="dimmed" aria-live="polite">
              Fix the bands above to see which rating 70%, 100% and 130% get.
            </Text>
          )}
        </Stack>
        {update.isError && <ErrorAlert error={update.error} title="Could not save the rating scale" />}
        {editable && (
          <Group justify="flex-end" gap="xs">
            <Button variant="default" disabled={!dirty || update.isPending} onClick={() => setDrafts(stored)}>
              Discard changes
            </Button>
            <Button disabled={!dirty || invalid} loading={update.isPending} onClick={save}>
              Save rating scale
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
