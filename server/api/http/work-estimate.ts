import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getArgumentValues,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { type Args, DEFAULT_ITEMS, FIELD_RULES, firstItems } from './work-rules.ts';

type Sizes = Readonly<Record<string, number>> | undefined;

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/**
 * The rows an operation may make the API read and send (work-rules.ts), from its arguments with
 * variables and defaults applied: known before anything runs, so a request over the limit costs nothing.
 */
export function estimateWork(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  operationName?: string | null,
): number {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return 0;
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  return selectionWork(
    { schema, fragments, variables: variables ?? {} },
    operation.selectionSet,
    root,
    undefined,
  );
}

function selectionWork(
  walk: Walk,
  set: SelectionSetNode,
  parent: GraphQLNamedType,
  sizes: Sizes,
  seen: ReadonlySet<string> = new Set(),
): number {
  let total = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      total += fieldWork(walk, selection, parent, sizes);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : parent;
      total += selectionWork(walk, selection.selectionSet, on ?? parent, sizes, seen);
    } else if (!seen.has(selection.name.value)) {
      // Validation refuses fragment cycles before execution; `seen` only keeps this walk finite anyway.
      const fragment = walk.fragments.get(selection.name.value);
      const on = fragment && walk.schema.getType(fragment.typeCondition.name.value);
      if (fragment && on) {
        total += selectionWork(
          walk,
          fragment.selectionSet,
          on,
          sizes,
          new Set([...seen, fragment.name.value]),
        );
      }
    }
  }
  return total;
}

function fieldWork(
  walk: Walk,
  node: Extract<SelectionSetNode['selections'][number], { kind: Kind.FIELD }>,
  parent: GraphQLNamedType,
  sizes: Sizes,
): number {
  const name = node.name.value;
  const definition = fieldOf(parent, name);
  if (!definition || !node.selectionSet) return 0;
  const type = getNamedType(definition.type);
  if (!isCompositeType(type)) return 0;
  const args = argumentsOf(definition, node, walk.variables);
  const rule = FIELD_RULES[`${parent.name}.${name}`]?.(args) ?? {};
  const isList = isListType(getNullableType(definition.type));
  const first = firstItems(args);
  const items = isList ? (rule.items ?? first ?? sizes?.[name] ?? DEFAULT_ITEMS) : 1;
  // A connection (an object with `first`) hands its page size to its `edges`.
  const connection = !isList && definition.args.some((a) => a.name === 'first');
  const childSizes = rule.sizes ?? (connection ? { edges: first ?? DEFAULT_ITEMS } : undefined);
  return (rule.work ?? 0) + items * (1 + selectionWork(walk, node.selectionSet, type, childSizes));
}

function fieldOf(parent: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

/** Invalid arguments are refused later by their resolver; here they only fall back to the defaults. */
function argumentsOf(
  definition: GraphQLField<unknown, unknown>,
  node: Parameters<typeof getArgumentValues>[1],
  variables: Record<string, unknown>,
): Args {
  try {
    return getArgumentValues(definition, node, variables);
  } catch {
    return {};
  }
}
