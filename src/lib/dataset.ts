// The one module pages import the dataset from; the build computes it from data/ (see src/pipeline).
import dataset from 'virtual:dateline/dataset';

export default dataset;
