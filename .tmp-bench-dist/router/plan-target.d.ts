/** One step of a failover plan: a backend and a model name it knows. */
export interface PlanTarget {
    backend: string;
    model: string;
}
