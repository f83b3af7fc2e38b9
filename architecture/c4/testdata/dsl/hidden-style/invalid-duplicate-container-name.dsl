workspace {

    model {
        jobs = softwareSystem "Jobs" {
            worker = container "Worker" "Runs jobs." "Python"
            queue = container "Queue"
            worker2 = container "Worker" "Runs more jobs." "Python"
        }
    }
}
