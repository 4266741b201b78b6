package rounds

// notAssessedTold is NotAssessed as told.
var notAssessedTold = &told{id: "rnd_not_assessed"}
