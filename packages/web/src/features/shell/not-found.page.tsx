import { Container, Text, Title } from "@mantine/core";
import { RouterButton } from "../../components/router-link.js";

export function NotFoundPage() {
  return (
    <Container size="sm" py="xl">
      <main>
        <Title order={1}>Page not found</Title>
        <Text c="dimmed" my="md">
          There is nothing at this address. It may have moved, or the link may be incomplete.
        </Text>
        <RouterButton to="/">Go to the start page</RouterButton>
      </main>
    </Container>
  );
}
